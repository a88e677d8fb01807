package com.example.payroll.web;

import com.example.payroll.domain.Employee;
import com.example.payroll.domain.PayrollRun;
import com.example.payroll.repo.EmployeeRepository;
import com.example.payroll.repo.PayrollRunRepository;
import com.example.payroll.service.PayrollService;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/manage")
public class AdminController {

    private final EmployeeRepository employees;
    private final PayrollRunRepository runs;
    private final PayrollService payroll;

    public AdminController(EmployeeRepository employees, PayrollRunRepository runs,
                           PayrollService payroll) {
        this.employees = employees;
        this.runs = runs;
        this.payroll = payroll;
    }

    @GetMapping("/employees")
    @PreAuthorize("hasRole('ADMIN')")
    public List<Employee> employees() {
        return employees.findAll();
    }

    @PostMapping("/employees/{id}/salary")
    @PreAuthorize("hasRole('ADMIN')")
    public Employee setSalary(@PathVariable long id, @RequestBody Map<String, Long> body,
                              @AuthenticationPrincipal UserDetails admin) {
        Employee employee = employees.findById(id)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Long cents = body.get("annualSalaryCents");
        if (cents == null || cents < 0) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        employee.setAnnualSalaryCents(cents);
        employee.setSalaryChangedBy(admin.getUsername());
        return employees.save(employee);
    }

    @DeleteMapping("/employees/{id}")
    public ResponseEntity<Void> terminate(@PathVariable long id) {
        Employee employee = employees.findById(id)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        employee.setActive(false);
        employees.save(employee);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/runs/{month}")
    @PreAuthorize("hasAnyRole('ADMIN', 'PAYROLL')")
    public PayrollRun startRun(@PathVariable String month) {
        return payroll.start(YearMonth.parse(month));
    }

    @GetMapping("/runs")
    @PreAuthorize("hasAnyRole('ADMIN', 'PAYROLL')")
    public List<PayrollRun> listRuns() {
        return runs.findTop24ByOrderByMonthDesc();
    }
}
