package com.example.integrations;

import java.io.IOException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import org.w3c.dom.Document;

@RestController
@RequestMapping("/integrations")
public class IntegrationController {
    private final PartnerClient partners;
    private final XmlImporter xml;
    private final CryptoService crypto;

    public IntegrationController(PartnerClient partners, XmlImporter xml, CryptoService crypto) {
        this.partners = partners;
        this.xml = xml;
        this.crypto = crypto;
    }

    @GetMapping("/preview")
    public String preview(@RequestParam String url) {
        return partners.fetch(url);
    }

    @GetMapping("/partner")
    public String partner(@RequestParam String url) {
        return partners.fetchPartner(url);
    }

    @PostMapping(value = "/import", consumes = "application/xml")
    public ResponseEntity<String> importXml(@RequestBody byte[] body, @RequestParam(defaultValue = "false") boolean strict) throws Exception {
        Document doc = strict
            ? xml.parse(new java.io.ByteArrayInputStream(body))
            : xml.parseLegacy(new java.io.ByteArrayInputStream(body));
        return ResponseEntity.ok(doc.getDocumentElement().getNodeName());
    }

    @PostMapping("/invites")
    public String invite() {
        return crypto.inviteCode();
    }

    @PostMapping("/keys")
    public String key() {
        return crypto.apiKey();
    }
}
