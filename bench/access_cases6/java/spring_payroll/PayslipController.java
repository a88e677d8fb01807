package com.example.payroll.web;

import com.example.payroll.domain.Employee;
import com.example.payroll.domain.Payslip;
import com.example.payroll.domain.Timesheet;
import com.example.payroll.repo.EmployeeRepository;
import com.example.payroll.repo.PayslipRepository;
import com.example.payroll.repo.TimesheetRepository;
import com.example.payroll.service.PdfService;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

@Controller
public class PayslipController {

    private final PayslipRepository payslips;
    private final EmployeeRepository employees;
    private final TimesheetRepository timesheets;
    private final PdfService pdf;

    public PayslipController(PayslipRepository payslips, EmployeeRepository employees,
                             TimesheetRepository timesheets, PdfService pdf) {
        this.payslips = payslips;
        this.employees = employees;
        this.timesheets = timesheets;
        this.pdf = pdf;
    }

    @GetMapping("/payslips")
    public String list(Principal principal, Model model) {
        List<Payslip> mine = payslips.findByEmployeeUsernameOrderByPeriodEndDesc(principal.getName());
        model.addAttribute("payslips", mine);
        return "payslips/list";
    }

    @GetMapping("/payslips/{id}")
    public String show(@PathVariable long id, Principal principal, Model model) {
        Payslip payslip = payslips.findByIdAndEmployeeUsername(id, principal.getName())
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("payslip", payslip);
        return "payslips/show";
    }

    @GetMapping("/payslips/{id}/pdf")
    public ResponseEntity<byte[]> download(@PathVariable long id) {
        Payslip payslip = payslips.findById(id)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        byte[] body = pdf.render(payslip);
        return ResponseEntity.ok()
            .contentType(MediaType.APPLICATION_PDF)
            .header(HttpHeaders.CONTENT_DISPOSITION,
                    "attachment; filename=\"payslip-" + payslip.getPeriodEnd() + ".pdf\"")
            .body(body);
    }

    @GetMapping("/payslips/{id}/history")
    public String history(@PathVariable long id, @AuthenticationPrincipal UserDetails user,
                          Model model) {
        Payslip payslip = payslips.findById(id)
            .filter(p -> p.getEmployee().getUsername().equals(user.getUsername()))
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("revisions", payslips.revisionsOf(payslip.getId()));
        return "payslips/history";
    }

    @PostMapping("/timesheets")
    public String submitTimesheet(@RequestHeader("X-Employee-Id") long employeeId,
                                  @RequestParam LocalDate weekStart,
                                  @RequestParam double hours) {
        Employee employee = employees.findById(employeeId)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        Timesheet sheet = new Timesheet(employee, weekStart, Math.min(hours, 80.0));
        timesheets.save(sheet);
        return "redirect:/timesheets";
    }

    @GetMapping("/timesheets")
    public String timesheets(Principal principal, Model model) {
        Employee me = employees.findByUsername(principal.getName())
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
        model.addAttribute("timesheets", timesheets.findByEmployeeOrderByWeekStartDesc(me));
        return "timesheets/list";
    }

    @GetMapping(value = "/api/payslips/latest", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    public Payslip latest(@AuthenticationPrincipal UserDetails user) {
        return payslips.findFirstByEmployeeUsernameOrderByPeriodEndDesc(user.getUsername())
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
