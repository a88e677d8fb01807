package com.example.removals.web;

import com.example.removals.domain.Job;
import com.example.removals.domain.JobRepository;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/jobs")
public class JobController {
    private final JobRepository jobs;

    public JobController(JobRepository jobs) {
        this.jobs = jobs;
    }

    @GetMapping
    public List<Job> myJobs(Principal principal) {
        return jobs.findByCustomerUsernameOrderByMoveDateDesc(principal.getName());
    }

    @GetMapping("/{id}/inventory")
    public String inventory(@PathVariable Long id, Principal principal) {
        return jobs.findByIdAndCustomerUsername(id, principal.getName())
            .map(Job::getInventory)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @PostMapping("/{id}/accept")
    public Job accept(@PathVariable Long id, Principal principal) {
        Job job = jobs.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!job.getCustomer().getUsername().equals(principal.getName())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        job.setStatus("BOOKED");
        return jobs.save(job);
    }
}
