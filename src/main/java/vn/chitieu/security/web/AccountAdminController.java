package vn.chitieu.security.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import vn.chitieu.geography.AdministrativeUnit;
import vn.chitieu.geography.AdministrativeUnits;
import vn.chitieu.security.CurrentActor;
import vn.chitieu.security.Role;
import vn.chitieu.security.internal.Account;
import vn.chitieu.security.internal.AccountAdministration;
import vn.chitieu.security.internal.AccountAdministration.WithPassword;
import vn.chitieu.security.internal.NewAccount;
import vn.chitieu.security.internal.RejectedInput;

/** The administrator's pages for accounts (the filter chain lets only admins in). */
@Controller
@RequestMapping("/admin/accounts")
class AccountAdminController {
    private final AccountAdministration administration;
    private final AdministrativeUnits units;

    AccountAdminController(AccountAdministration administration, AdministrativeUnits units) {
        this.administration = administration;
        this.units = units;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("form", NewAccount.empty());
        return listPage(model);
    }

    @PostMapping
    String create(@ModelAttribute("form") NewAccount form, BindingResult binding, Model model) {
        try {
            return passwordPage(administration.create(form), "security.accounts.created", model);
        } catch (RejectedInput rejected) {
            FormProblems.addTo(binding, rejected);
            return listPage(model);
        }
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable long id, Model model) {
        return setEnabled(id, false, model);
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id, Model model) {
        return setEnabled(id, true, model);
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, Model model) {
        WithPassword reset = administration.resetPassword(id).orElseThrow(AccountAdminController::notFound);
        return passwordPage(reset, "security.accounts.passwordReset", model);
    }

    private String setEnabled(long id, boolean enabled, Model model) {
        try {
            administration.setEnabled(CurrentActor.get().orElseThrow(), id, enabled).orElseThrow(AccountAdminController::notFound);
            return "redirect:/admin/accounts";
        } catch (RejectedInput rejected) {
            model.addAttribute("form", NewAccount.empty());
            model.addAttribute("refusal", rejected.problems().get(0).code());
            return listPage(model);
        }
    }

    private String listPage(Model model) {
        List<Account> accounts = administration.list();
        Map<String, String> unitNames = new LinkedHashMap<>();
        accounts.stream().map(Account::unitCode).filter(code -> code != null && !unitNames.containsKey(code))
                .forEach(code -> unitNames.put(code, units.find(code).map(AdministrativeUnit::fullName).orElse(code)));
        model.addAttribute("accounts", accounts);
        model.addAttribute("unitNames", unitNames);
        model.addAttribute("roles", Role.values());
        model.addAttribute("now", Instant.now());
        return "security/accounts";
    }

    private static String passwordPage(WithPassword result, String headingKey, Model model) {
        model.addAttribute("account", result.account());
        model.addAttribute("password", result.password());
        model.addAttribute("headingKey", headingKey);
        return "security/account-password";
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
