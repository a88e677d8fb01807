package com.ledgerly.payroll;

import com.ledgerly.payroll.Model.Timesheet;
import com.ledgerly.payroll.Model.TimesheetRepository;
import java.math.BigDecimal;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/timesheets")
public class TimesheetController {

    record HoursUpdate(BigDecimal hours, String note) {}

    private final TimesheetRepository timesheets;

    TimesheetController(TimesheetRepository timesheets) {
        this.timesheets = timesheets;
    }

    @GetMapping
    List<Timesheet> mine(Principal principal) {
        return timesheets.findByEmployeeUsernameOrderByWeekStartingDesc(principal.getName());
    }

    @PostMapping
    Timesheet submit(@ModelAttribute Timesheet timesheet, Principal principal) {
        timesheet.setEmployeeUsername(principal.getName());
        return timesheets.save(timesheet);
    }

    @PutMapping("/{id}")
    Timesheet correct(@PathVariable Long id, @RequestBody HoursUpdate update, Principal principal) {
        Timesheet ts = timesheets.findByIdAndEmployeeUsername(id, principal.getName())
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (ts.approved) {
            throw new ResponseStatusException(HttpStatus.CONFLICT);
        }
        ts.setHours(update.hours());
        ts.setNote(update.note());
        return timesheets.save(ts);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> withdraw(@PathVariable Long id) {
        timesheets.deleteById(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize("hasRole('MANAGER')")
    Timesheet approve(@PathVariable Long id, @RequestHeader("X-Forwarded-User") String manager) {
        Timesheet ts = timesheets.findById(id)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        ts.setApproved(true);
        ts.setApprovedBy(manager);
        return timesheets.save(ts);
    }
}
