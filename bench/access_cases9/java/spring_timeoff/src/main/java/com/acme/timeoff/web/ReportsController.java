package com.acme.timeoff.web;

import com.acme.timeoff.data.Employee;
import com.acme.timeoff.data.EmployeeRepository;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/reports")
public class ReportsController {

    private final EmployeeRepository employees;

    public ReportsController(EmployeeRepository employees) {
        this.employees = employees;
    }

    @GetMapping(value = "/absence.csv", produces = "text/csv")
    public String absence() {
        List<Employee> all = employees.findAll();
        return all.stream()
            .map(e -> String.join(",", e.getUsername(), e.getDepartment(),
                String.valueOf(e.getSalary()), String.valueOf(e.getSickDaysThisYear())))
            .collect(Collectors.joining("\n"));
    }

    @GetMapping(value = "/headcount", produces = MediaType.APPLICATION_JSON_VALUE)
    public long headcount() {
        return employees.count();
    }
}
