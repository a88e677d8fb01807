package com.ledgerly.payroll;

import com.ledgerly.payroll.Model.Employee;
import com.ledgerly.payroll.Model.EmployeeRepository;
import java.math.BigDecimal;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/employees")
public class EmployeeController {

    record SalaryChange(BigDecimal salary) {}

    private final EmployeeRepository employees;

    EmployeeController(EmployeeRepository employees) {
        this.employees = employees;
    }

    @GetMapping("/team")
    @PreAuthorize("hasRole('MANAGER')")
    List<Employee> myTeam(Principal principal) {
        return employees.findByManagerUsername(principal.getName());
    }

    @GetMapping
    @PreAuthorize("hasRole('HR')")
    List<Employee> all() {
        return employees.findAll();
    }

    @PutMapping("/{id}/salary")
    @PreAuthorize("hasRole('HR')")
    Employee changeSalary(@PathVariable Long id, @RequestBody SalaryChange change) {
        Employee e = employees.findById(id)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        e.salary = change.salary();
        return employees.save(e);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> offboard(@PathVariable Long id) {
        employees.deleteById(id);
        return ResponseEntity.noContent().build();
    }
}

@RestController
@RequestMapping("/hr/reports")
@PreAuthorize("hasRole('HR')")
class HrReportController {

    private final EmployeeRepository employees;

    HrReportController(EmployeeRepository employees) {
        this.employees = employees;
    }

    @GetMapping("/salaries")
    List<Employee> salaries() {
        return employees.findAll();
    }

    @DeleteMapping("/terminated")
    void purgeTerminated() {
        employees.deleteAll(employees.findAll().stream().filter(e -> e.department == null).toList());
    }
}
