package vn.chitieu.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what the application is for, and a search for one's commune or province. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "home";
    }
}
