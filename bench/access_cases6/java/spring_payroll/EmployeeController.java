package com.example.payroll.web;

import com.example.payroll.domain.Employee;
import com.example.payroll.repo.EmployeeRepository;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

@Controller
@RequestMapping("/profile")
public class EmployeeController {

    public record ContactForm(
        @NotBlank @Size(max = 120) String displayName,
        @Pattern(regexp = "^[+0-9 ()-]{0,32}$") String phone,
        @Size(max = 300) String postalAddress) {
    }

    private final EmployeeRepository employees;

    public EmployeeController(EmployeeRepository employees) {
        this.employees = employees;
    }

    private Employee current(Principal principal) {
        return employees.findByUsername(principal.getName())
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
    }

    @GetMapping
    public String show(Principal principal, Model model) {
        model.addAttribute("employee", current(principal));
        return "profile/show";
    }

    @PostMapping("/contact")
    @Transactional
    public String updateContact(Principal principal, @Valid @ModelAttribute("form") ContactForm form,
                                BindingResult errors) {
        if (errors.hasErrors()) {
            return "profile/edit";
        }
        Employee me = current(principal);
        me.setDisplayName(form.displayName());
        me.setPhone(form.phone());
        me.setPostalAddress(form.postalAddress());
        return "redirect:/profile";
    }

    @PostMapping("/bank")
    @Transactional
    public String updateBank(@ModelAttribute Employee employee, Principal principal) {
        Employee me = current(principal);
        employee.setId(me.getId());
        employee.setUsername(me.getUsername());
        employees.save(employee);
        return "redirect:/profile";
    }
}
