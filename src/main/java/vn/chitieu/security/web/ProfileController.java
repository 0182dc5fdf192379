package vn.chitieu.security.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import vn.chitieu.geography.AdministrativeUnits;
import vn.chitieu.security.Actor;
import vn.chitieu.security.CurrentActor;
import vn.chitieu.security.internal.AccountAdministration;
import vn.chitieu.security.internal.ApiTokens;
import vn.chitieu.security.internal.PasswordChange;
import vn.chitieu.security.internal.RejectedInput;

/** The signed-in person's own page: who they are, their password, their personal API tokens. */
@Controller
@RequestMapping("/profile")
class ProfileController {
    private final AccountAdministration administration;
    private final ApiTokens tokens;
    private final AdministrativeUnits units;

    ProfileController(AccountAdministration administration, ApiTokens tokens, AdministrativeUnits units) {
        this.administration = administration;
        this.tokens = tokens;
        this.units = units;
    }

    @GetMapping
    String show(Model model) {
        return page(model);
    }

    @PostMapping("/password")
    String changePassword(@ModelAttribute("passwordForm") PasswordChange form, BindingResult binding, Model model) {
        try {
            administration.changeOwnPassword(me(), form);
            return "redirect:/profile?passwordChanged";
        } catch (RejectedInput rejected) {
            FormProblems.addTo(binding, rejected);
            return page(model);
        }
    }

    @PostMapping("/tokens")
    String createToken(@ModelAttribute("tokenForm") NewToken form, BindingResult binding, Model model) {
        try {
            model.addAttribute("createdToken", tokens.create(me(), form.name()));
            model.addAttribute("tokenForm", NewToken.empty());
        } catch (RejectedInput rejected) {
            FormProblems.addTo(binding, rejected);
        }
        return page(model);
    }

    @PostMapping("/tokens/{id}/revoke")
    String revokeToken(@PathVariable long id) {
        if (!tokens.revoke(me(), id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/profile";
    }

    private String page(Model model) {
        Actor me = me();
        model.addAttribute("me", me);
        model.addAttribute("unit", me.unitCode() == null ? null : units.find(me.unitCode()).orElse(null));
        model.addAttribute("tokens", tokens.of(me));
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", PasswordChange.empty());
        }
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", NewToken.empty());
        }
        return "security/profile";
    }

    private static Actor me() {
        return CurrentActor.get().orElseThrow();
    }
}
