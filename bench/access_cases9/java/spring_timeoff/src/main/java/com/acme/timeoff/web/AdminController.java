package com.acme.timeoff.web;

import com.acme.timeoff.data.EmployeeRepository;
import com.acme.timeoff.data.LeaveRequestRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/admin")
public class AdminController {

    private final EmployeeRepository employees;
    private final LeaveRequestRepository leave;

    public AdminController(EmployeeRepository employees, LeaveRequestRepository leave) {
        this.employees = employees;
        this.leave = leave;
    }

    @PreAuthorize("hasRole('HR_ADMIN')")
    @PostMapping("/employees/{id}/role")
    public void setRole(@PathVariable Long id, @RequestParam String role) {
        if (!role.matches("EMPLOYEE|MANAGER|HR_ADMIN")) {
            throw new IllegalArgumentException("role");
        }
        employees.findById(id).ifPresent(e -> { e.setRole(role); employees.save(e); });
    }

    @PreAuthorize("hasRole('HR_ADMIN')")
    @GetMapping("/leave/all")
    public Object allLeave() {
        return leave.findAll();
    }

    @DeleteMapping("/employees/{id}")
    public void deleteEmployee(@PathVariable Long id) {
        leave.deleteAll(leave.findByEmployeeId(id));
        employees.deleteById(id);
    }
}
