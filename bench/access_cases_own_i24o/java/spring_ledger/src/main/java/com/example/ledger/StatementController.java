package com.example.ledger;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class StatementController {

    private final TokenService tokens;
    private final AccountRepository accounts;

    public StatementController(TokenService tokens, AccountRepository accounts) {
        this.tokens = tokens;
        this.accounts = accounts;
    }

    @GetMapping("/api/statements")
    public List<Account> statements(@RequestHeader("Authorization") String authorization) {
        String subject = tokens.currentUser(authorization.substring(7));
        return accounts.findByOwnerSubject(subject);
    }

    @GetMapping("/api/partner/statements")
    public List<Account> partnerStatements(@RequestHeader("X-Partner-Token") String token) {
        String partner = tokens.partnerClaims(token).get("partner", String.class);
        return accounts.findByPartner(partner);
    }
}
