package com.islandlink.ferry;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/admin/sailings")
public class HarbourAdminController {

    private final SailingRepository sailings;

    public HarbourAdminController(SailingRepository sailings) {
        this.sailings = sailings;
    }

    @GetMapping
    public String overview(Model model) {
        model.addAttribute("sailings", sailings.findAll());
        return "admin/sailings";
    }

    @GetMapping("/{id}/delete")
    public String delete(@PathVariable Long id) {
        sailings.deleteById(id);
        return "redirect:/admin/sailings";
    }

    @PostMapping("/{id}/weather-hold")
    public String hold(@PathVariable Long id) {
        Sailing sailing = sailings.findById(id).orElseThrow();
        sailing.setOnHold(true);
        sailings.save(sailing);
        return "redirect:/admin/sailings";
    }

    @GetMapping("/{id}/manifest")
    public String manifest(@PathVariable Long id, Model model) {
        model.addAttribute("sailing", sailings.findById(id).orElseThrow());
        return "admin/manifest";
    }
}
