package com.example.accounts;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/accounts")
public class AccountController {
    private static final Logger log = LoggerFactory.getLogger(AccountController.class);
    private final AccountRepository repo;

    public AccountController(AccountRepository repo) {
        this.repo = repo;
    }

    @GetMapping
    @PreAuthorize("hasRole('SUPPORT')")
    public List<Map<String, Object>> search(@RequestParam String name, @RequestParam(defaultValue = "id") String sort) {
        return repo.search(name, sort);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('SUPPORT')")
    public Map<String, Object> get(@PathVariable long id) {
        return repo.byId(id);
    }

    @GetMapping("/by-email")
    @PreAuthorize("hasRole('SUPPORT')")
    public List<Map<String, Object>> byEmail(@RequestParam String email) {
        return repo.byEmail(email);
    }

    @PutMapping("/{id}/email")
    @PreAuthorize("hasRole('SUPPORT')")
    public ResponseEntity<String> updateEmail(@PathVariable long id, @RequestBody Map<String, String> body) {
        try {
            repo.updateEmail(id, body.get("email"));
            return ResponseEntity.ok("updated");
        } catch (RuntimeException e) {
            return ResponseEntity.internalServerError().body(e.toString());
        }
    }

    @DeleteMapping("/{id}")
    public ResponseEntity<Void> delete(@PathVariable long id) {
        repo.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/password")
    @PreAuthorize("hasRole('SUPPORT')")
    public ResponseEntity<Void> resetPassword(@PathVariable long id, @RequestBody Map<String, String> body) {
        log.info("password reset for account {} to {}", id, body.get("password"));
        log.info("password reset for account {}", id);
        return ResponseEntity.accepted().build();
    }
}
