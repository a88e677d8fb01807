package org.limelight.boxoffice.config;

import org.limelight.boxoffice.domain.Repositories.PatronRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

@Configuration
@EnableMethodSecurity(securedEnabled = true)
public class SecurityConfig {

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http) throws Exception {
        http
            .authorizeHttpRequests(auth -> auth
                .requestMatchers(HttpMethod.GET, "/shows/**", "/css/**", "/login").permitAll()
                .requestMatchers("/admin/**").hasAnyRole("BOX_STAFF", "BOX_MANAGER")
                .anyRequest().authenticated())
            .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/orders", true))
            .logout(logout -> logout.logoutUrl("/logout"))
            .csrf(csrf -> csrf.ignoringRequestMatchers("/orders/**"));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(12);
    }

    @Bean
    UserDetailsService userDetailsService(PatronRepository patrons) {
        return email -> patrons.findByEmailIgnoreCase(email)
            .map(p -> User.withUsername(p.getEmail()).password(p.getPasswordHash()).roles(p.getRole()).build())
            .orElseThrow(() -> new UsernameNotFoundException(email));
    }
}
