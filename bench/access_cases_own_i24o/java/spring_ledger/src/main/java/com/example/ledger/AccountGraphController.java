package com.example.ledger;

import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;

@Controller
public class AccountGraphController {

    private final AccountRepository accounts;
    private final MemberRepository members;

    public AccountGraphController(AccountRepository accounts, MemberRepository members) {
        this.accounts = accounts;
        this.members = members;
    }

    @QueryMapping
    public Account account(@Argument Long id) {
        return accounts.findById(id).orElse(null);
    }

    @QueryMapping
    public List<Account> myAccounts(@AuthenticationPrincipal Jwt jwt) {
        return accounts.findByOwnerSubject(jwt.getSubject());
    }

    @MutationMapping
    public Member grantRole(@Argument Long memberId, @Argument String role) {
        Member member = members.findById(memberId).orElseThrow();
        member.setRole(role);
        return members.save(member);
    }

    @PreAuthorize("hasRole('AUDITOR')")
    @MutationMapping
    public Member lockMember(@Argument Long memberId) {
        Member member = members.findById(memberId).orElseThrow();
        member.setLocked(true);
        return members.save(member);
    }

    @MutationMapping
    public Account closeAccount(@Argument Long id, @AuthenticationPrincipal Jwt jwt) {
        Account account = accounts.findById(id).orElseThrow();
        if (!account.getOwnerSubject().equals(jwt.getSubject())) {
            throw new AccessDeniedException("not your account");
        }
        account.setClosed(true);
        return accounts.save(account);
    }
}
