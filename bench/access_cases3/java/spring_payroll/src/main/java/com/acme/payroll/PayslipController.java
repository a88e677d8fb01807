package com.acme.payroll;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/payslips")
public class PayslipController {

    private final PayslipRepository payslips;
    private final EmployeeRepository employees;

    public PayslipController(PayslipRepository payslips, EmployeeRepository employees) {
        this.payslips = payslips;
        this.employees = employees;
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping
    public List<Payslip> mine(@AuthenticationPrincipal Employee me) {
        return payslips.findByEmployeeId(me.getId());
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/{id}")
    public Payslip one(@PathVariable Long id, @AuthenticationPrincipal Employee me) {
        return payslips.findById(id).orElseThrow();
    }

    @PreAuthorize("hasRole('PAYROLL')")
    @PostMapping("/run")
    public void run() {
        payslips.generateForCurrentMonth();
    }

    @DeleteMapping("/{id}")
    public void delete(@PathVariable Long id) {
        payslips.deleteById(id);
    }

    @PreAuthorize("isAuthenticated()")
    @PutMapping("/bank-account")
    public Employee bankAccount(@AuthenticationPrincipal Employee me, @RequestBody Employee changes) {
        changes.setId(me.getId());
        return employees.save(changes);
    }
}
