package it.retelavoro.referral;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who told of a referral's hire as it stands now (issue 15), for monitoring's dimension "fonte": read at the time
 * monitoring handles an event, so that events handled out of order still leave the latest.
 */
@Service
@Transactional(readOnly = true)
public class HireSources {

    private final ReferralRepository referrals;

    HireSources(ReferralRepository referrals) {
        this.referrals = referrals;
    }

    /** The hire's source and the CO behind it, for statistics (no personal data). */
    public record Hire(HireSource source, String coCode) {
    }

    /** Empty when the referral is not hired (any more). */
    public Optional<Hire> current(ReferralId id) {
        return referrals.findById(id).filter(referral -> referral.status() == ReferralStatus.HIRED
                && !referral.isCancelled()).flatMap(referral -> referral.hireSource()
                .map(source -> new Hire(source, referral.hireCoCode().orElse(null))));
    }
}
