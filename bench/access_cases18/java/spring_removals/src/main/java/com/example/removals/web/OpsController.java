package com.example.removals.web;

import com.example.removals.domain.Job;
import com.example.removals.domain.JobRepository;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/ops")
public class OpsController {
    private final JobRepository jobs;

    public OpsController(JobRepository jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/schedule")
    @PreAuthorize("hasRole('DISPATCHER')")
    public List<Job> schedule(@RequestParam String status) {
        return jobs.findAll().stream().filter(j -> status.equals(j.getStatus())).toList();
    }

    @GetMapping("/key-safes")
    @PreAuthorize("hasAnyRole('DISPATCHER', 'CREW_LEAD')")
    public Map<Long, String> keySafes() {
        return jobs.findAll().stream()
            .filter(j -> j.getKeySafeCode() != null)
            .collect(java.util.stream.Collectors.toMap(Job::getId, Job::getKeySafeCode));
    }

    @DeleteMapping("/quotes")
    @Transactional
    public Map<String, Integer> purgeQuotes() {
        return Map.of("deleted", jobs.deleteAllQuoted());
    }
}
