package org.lib.web;

import java.security.Principal;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/loans")
public class LoanController {

    private final LoanRepository loans;
    private final MemberRepository members;

    public LoanController(LoanRepository loans, MemberRepository members) {
        this.loans = loans;
        this.members = members;
    }

    @GetMapping
    public List<Loan> mine(Principal principal) {
        return loans.findByMemberUsername(principal.getName());
    }

    @PostMapping("/{id}/renew")
    public ResponseEntity<Loan> renew(@PathVariable Long id, Principal principal) {
        Loan loan = loans.findById(id).orElseThrow();
        loan.renew();
        return ResponseEntity.ok(loans.save(loan));
    }

    @PostMapping("/{id}/return")
    public ResponseEntity<Void> giveBack(@PathVariable Long id, Principal principal) {
        Loan loan = loans.findById(id).orElseThrow();
        if (!loan.getMember().getUsername().equals(principal.getName())) {
            return ResponseEntity.status(403).build();
        }
        loan.markReturned();
        loans.save(loan);
        return ResponseEntity.noContent().build();
    }

    @PreAuthorize("hasRole('LIBRARIAN')")
    @PostMapping("/{id}/waive-fine")
    public void waive(@PathVariable Long id) {
        loans.findById(id).ifPresent(Loan::waiveFine);
    }

    @PostMapping("/members/{id}")
    public Member updateMember(@PathVariable Long id, @RequestBody Member member) {
        member.setId(id);
        return members.save(member);
    }
}
