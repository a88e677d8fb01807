package com.ledgerly.payroll;

import com.ledgerly.payroll.Model.EmployeeRepository;
import com.ledgerly.payroll.Model.Payslip;
import com.ledgerly.payroll.Model.PayslipRepository;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/payslips")
public class PayslipController {

    private final PayslipRepository payslips;
    private final EmployeeRepository employees;

    PayslipController(PayslipRepository payslips, EmployeeRepository employees) {
        this.payslips = payslips;
        this.employees = employees;
    }

    @GetMapping
    List<Payslip> mine(@AuthenticationPrincipal UserDetails me) {
        Long employeeId = employees.findByUsername(me.getUsername())
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN)).id;
        return payslips.findByEmployeeId(employeeId);
    }

    @GetMapping("/quick")
    List<Payslip> quickView(@CookieValue("ledgerly_emp") Long employeeId) {
        return payslips.findByEmployeeId(employeeId);
    }

    @GetMapping("/archive/{employeeId}/all")
    List<Payslip> archive(@PathVariable Long employeeId) {
        return payslips.findByEmployeeId(employeeId);
    }

    @GetMapping("/{id}")
    Payslip one(@PathVariable Long id) {
        return payslips.findById(id)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @GetMapping("/{id}/pdf")
    Payslip pdf(@PathVariable Long id, @AuthenticationPrincipal UserDetails me) {
        Payslip slip = payslips.findById(id)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!slip.employeeUsername.equals(me.getUsername())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return slip;
    }
}
