package com.example.catalog;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.*;

@Controller
@RequestMapping("/catalog")
public class CatalogController {
    private static final Logger log = LoggerFactory.getLogger(CatalogController.class);
    private final ProductDao dao;

    public CatalogController(ProductDao dao) {
        this.dao = dao;
    }

    @GetMapping("/category")
    @ResponseBody
    public List<?> category(@RequestParam String name) {
        return dao.byCategory(name);
    }

    @GetMapping("/brand")
    @ResponseBody
    public List<?> brand(@RequestParam String name) {
        return dao.byBrand(name);
    }

    @GetMapping("/search")
    @ResponseBody
    public List<?> search(@RequestParam String q) {
        return dao.nativeSearch(q);
    }

    @GetMapping("/prices")
    @ResponseBody
    public List<?> prices(@RequestParam(defaultValue = "mid") String band) {
        return dao.priceBand(band);
    }

    @GetMapping("/view")
    public String view(@RequestParam String name, Model model) {
        model.addAttribute("name", name);
        return "catalog/view";
    }

    @GetMapping("/go")
    public String go(@RequestParam String target) {
        return "redirect:" + target;
    }

    @GetMapping("/home")
    public String home() {
        return "redirect:/catalog/view?name=all";
    }

    @GetMapping("/hello")
    @ResponseBody
    public String hello(@RequestParam String name) {
        return "<html><body>Hello " + name + "</body></html>";
    }

    @PostMapping("/currency")
    @ResponseBody
    public String currency(@RequestParam String code, HttpServletResponse resp) {
        Cookie c = new Cookie("currency", code);
        c.setSecure(true);
        c.setHttpOnly(true);
        resp.addCookie(c);
        log.info("currency switched to {}", code);
        return "ok";
    }
}
