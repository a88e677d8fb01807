package com.example.bank.web;

import java.math.BigDecimal;
import java.security.Principal;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

import com.example.bank.service.TransferService;

@RestController
@RequestMapping("/api/transfers")
public class TransferController {

    private final TransferService transfers;

    public TransferController(TransferService transfers) {
        this.transfers = transfers;
    }

    @PostMapping
    public ResponseEntity<Void> transfer(@RequestHeader("X-Customer-Id") Long customerId,
                                         @RequestParam Long toAccount,
                                         @RequestParam BigDecimal amount) {
        transfers.transfer(customerId, toAccount, amount);
        return ResponseEntity.accepted().build();
    }

    @GetMapping("/history")
    public ResponseEntity<?> history(Principal principal) {
        return ResponseEntity.ok(transfers.historyFor(principal.getName()));
    }
}
