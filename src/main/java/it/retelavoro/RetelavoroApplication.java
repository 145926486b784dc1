package it.retelavoro;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class RetelavoroApplication {

    public static void main(String[] args) {
        SpringApplication.run(RetelavoroApplication.class, args);
    }
}
