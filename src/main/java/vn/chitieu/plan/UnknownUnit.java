package vn.chitieu.plan;

/** No such administrative unit, or not one this person may work for: answered alike. */
public class UnknownUnit extends RuntimeException {
    private final String code;

    public UnknownUnit(String code) {
        super("no unit " + code);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
