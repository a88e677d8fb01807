package com.example.bank.web;

import java.security.Principal;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.server.ResponseStatusException;

import com.example.bank.model.Account;
import com.example.bank.repo.AccountRepository;

@RestController
@RequestMapping("/api/accounts")
public class AccountController {

    private final AccountRepository accounts;

    public AccountController(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    public List<Account> mine(Principal principal) {
        return accounts.findByOwnerUsername(principal.getName());
    }

    @GetMapping("/{id}")
    public Account get(@PathVariable Long id) {
        return accounts.findById(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @PutMapping("/{id}")
    public Account update(@PathVariable Long id, @RequestBody Account account, Principal principal) {
        Account existing = accounts.findByIdAndOwnerUsername(id, principal.getName())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        account.setId(existing.getId());
        return accounts.save(account);
    }

    @PatchMapping("/{id}/nickname")
    public Account rename(@PathVariable Long id, @RequestParam String nickname, Principal principal) {
        Account existing = accounts.findByIdAndOwnerUsername(id, principal.getName())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        existing.setNickname(nickname);
        return accounts.save(existing);
    }
}
