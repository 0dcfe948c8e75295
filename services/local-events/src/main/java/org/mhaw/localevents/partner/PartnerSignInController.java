package org.mhaw.localevents.partner;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Partners sign in to the pages with their API key once; the session then remembers which
 * key, and every request checks it is still live.
 */
@Controller
class PartnerSignInController {

	private final PartnerRegistry registry;

	PartnerSignInController(PartnerRegistry registry) {
		this.registry = registry;
	}

	@GetMapping("/partner/sign-in")
	String signInPage() {
		return "partner/sign-in";
	}

	@PostMapping("/partner/sign-in")
	String signIn(@RequestParam(defaultValue = "") String apiKey, HttpServletRequest request, Model model) {
		Optional<AuthenticatedPartner> partner = this.registry.authenticate(apiKey);
		if (partner.isEmpty()) {
			model.addAttribute("error", "That key did not work. Check it, or ask the campaign team for a new one.");
			return "partner/sign-in";
		}
		// A new session id on sign-in, so a session fixed before it is worth nothing.
		HttpSession session = request.getSession(true);
		request.changeSessionId();
		session.setAttribute(PartnerAuthenticationFilter.SESSION_PARTNER, partner.get().partnerId());
		session.setAttribute(PartnerAuthenticationFilter.SESSION_KEY_ID, partner.get().keyId());
		return "redirect:/partner/events";
	}

	@PostMapping("/partner/sign-out")
	String signOut(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		return "redirect:/partner/sign-in";
	}

}
