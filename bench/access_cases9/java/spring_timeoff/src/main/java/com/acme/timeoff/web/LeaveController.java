package com.acme.timeoff.web;

import com.acme.timeoff.data.Employee;
import com.acme.timeoff.data.EmployeeRepository;
import com.acme.timeoff.data.LeaveRequest;
import com.acme.timeoff.data.LeaveRequestRepository;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.server.ResponseStatusException;

@Controller
@RequestMapping("/leave")
public class LeaveController {

    private final LeaveRequestRepository leave;
    private final EmployeeRepository employees;

    public LeaveController(LeaveRequestRepository leave, EmployeeRepository employees) {
        this.leave = leave;
        this.employees = employees;
    }

    @GetMapping
    @ResponseBody
    public List<LeaveRequest> mine(Principal principal) {
        return leave.findByEmployeeUsernameOrderByStartDesc(principal.getName());
    }

    @PostMapping
    @ResponseBody
    public LeaveRequest request(@AuthenticationPrincipal UserDetails me,
                                @RequestParam LocalDate start, @RequestParam LocalDate end) {
        Employee employee = employees.findByUsername(me.getUsername()).orElseThrow();
        return leave.save(new LeaveRequest(employee, start, end));
    }

    @GetMapping("/{id}")
    @ResponseBody
    public LeaveRequest one(@PathVariable Long id, Authentication auth) {
        return leave.findByIdAndEmployeeUsername(id, auth.getName())
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @PostMapping("/{id}/withdraw")
    @ResponseBody
    public LeaveRequest withdraw(@PathVariable Long id) {
        LeaveRequest req = leave.findById(id).orElseThrow();
        req.setStatus("WITHDRAWN");
        return leave.save(req);
    }

    @PostMapping("/{id}/note")
    @ResponseBody
    public LeaveRequest note(@PathVariable Long id, @RequestParam String text, Principal principal) {
        LeaveRequest req = leave.findById(id).orElseThrow();
        if (!req.getEmployee().getUsername().equals(principal.getName())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        req.setNote(text);
        return leave.save(req);
    }

    @DeleteMapping("/{id}")
    @ResponseBody
    public void delete(@PathVariable Long id) {
        leave.deleteById(id);
    }

    @DeleteMapping("/drafts/{id}")
    @ResponseBody
    @Transactional
    public void deleteDraft(@PathVariable Long id, Principal principal) {
        if (leave.deleteByIdAndEmployeeUsername(id, principal.getName()) == 0) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    @PostMapping("/{id}/approve")
    @ResponseBody
    @PreAuthorize("hasRole('MANAGER')")
    public LeaveRequest approve(@PathVariable Long id, Principal principal) {
        LeaveRequest req = leave.pendingForManager(principal.getName()).stream()
            .filter(l -> l.getId().equals(id)).findFirst()
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        req.setStatus("APPROVED");
        return leave.save(req);
    }

    @PostMapping("/{id}/reject")
    @ResponseBody
    public LeaveRequest reject(@PathVariable Long id, @CookieValue(name = "acting_role", required = false) String role) {
        if (!"MANAGER".equals(role)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        LeaveRequest req = leave.findById(id).orElseThrow();
        req.setStatus("REJECTED");
        return leave.save(req);
    }

    @GetMapping("/balance")
    @ResponseBody
    public List<LeaveRequest> balance(@RequestHeader("X-Employee-Id") Long employeeId) {
        return leave.findByEmployeeId(employeeId);
    }
}
