package com.acme.timeoff.web;

import com.acme.timeoff.data.Employee;
import com.acme.timeoff.data.EmployeeRepository;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.*;

@Controller
@RequestMapping("/profile")
public class EmployeeController {

    public record ContactForm(String phone, String emergencyContact) {}

    private final EmployeeRepository employees;

    public EmployeeController(EmployeeRepository employees) {
        this.employees = employees;
    }

    @GetMapping
    public String show() {
        return "profile";
    }

    @PostMapping
    public String update(@ModelAttribute Employee employee) {
        employees.save(employee);
        return "redirect:/profile";
    }

    @PostMapping("/contact")
    public String contact(ContactForm form, Principal principal) {
        Employee me = employees.findByUsername(principal.getName()).orElseThrow();
        me.setPhone(form.phone());
        me.setEmergencyContact(form.emergencyContact());
        employees.save(me);
        return "redirect:/profile";
    }
}
