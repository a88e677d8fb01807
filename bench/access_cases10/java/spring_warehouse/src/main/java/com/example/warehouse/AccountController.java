package com.example.warehouse;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;

@RestController
@RequestMapping("/account")
public class AccountController {

    private final AppUserRepository users;
    private final PickListRepository pickLists;

    public AccountController(AppUserRepository users, PickListRepository pickLists) {
        this.users = users;
        this.pickLists = pickLists;
    }

    @GetMapping("/pick-lists")
    public List<PickList> myPickLists(@AuthenticationPrincipal UserDetails me) {
        return pickLists.findByAssigneeUsername(me.getUsername());
    }

    @PutMapping
    public AppUser update(@RequestBody AppUser incoming, @AuthenticationPrincipal UserDetails me) {
        AppUser current = users.findByUsername(me.getUsername()).orElseThrow();
        incoming.setId(current.getId());
        return users.save(incoming);
    }

    @PostMapping("/display-name")
    public AppUser rename(@RequestParam String displayName, @AuthenticationPrincipal UserDetails me) {
        AppUser current = users.findByUsername(me.getUsername()).orElseThrow();
        current.setDisplayName(displayName);
        return users.save(current);
    }

    @PostMapping("/pick-lists/{id}/reassign")
    public PickList reassign(@PathVariable Long id, @RequestParam String to,
                             @RequestHeader("X-Shift-Role") String shiftRole) {
        if (!"SUPERVISOR".equals(shiftRole)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        PickList list = pickLists.findById(id).orElseThrow();
        list.setAssignee(users.findByUsername(to).orElseThrow());
        return pickLists.save(list);
    }

    @DeleteMapping("/pick-lists/{id}")
    public void dropPickList(@PathVariable Long id) {
        pickLists.deleteById(id);
    }
}
