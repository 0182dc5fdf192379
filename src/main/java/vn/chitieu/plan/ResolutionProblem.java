package vn.chitieu.plan;

import java.util.List;

/**
 * One reason a resolution cannot be saved or adopted as it is.
 *
 * @param messageKey the message (plan bundle) that explains it to a person
 * @param path where in the content it is, e.g. {@code indicators[2].targets[0].unit}
 * @param args the message's arguments (indicator number, target number)
 */
public record ResolutionProblem(String messageKey, String path, List<Object> args) {

    public ResolutionProblem(String messageKey, String path, Object... args) {
        this(messageKey, path, List.of(args));
    }
}
