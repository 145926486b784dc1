package it.retelavoro.referral;

/**
 * Where a referral stands. A new referral is {@link #SENT} to the company; it then moves through the
 * company's feedback. {@link #HIRED}, {@link #REJECTED} and {@link #WITHDRAWN} are final.
 */
public enum ReferralStatus {
    SENT, INTERVIEWED, SELECTED, HIRED, REJECTED, WITHDRAWN;

    /** Whether the company's feedback may move a referral from this status to {@code next}: forward only. */
    public boolean canChangeTo(ReferralStatus next) {
        return switch (this) {
            case SENT -> next == INTERVIEWED || next == SELECTED || next == REJECTED || next == WITHDRAWN;
            case INTERVIEWED -> next == SELECTED || next == REJECTED || next == WITHDRAWN;
            case SELECTED -> next == HIRED || next == REJECTED || next == WITHDRAWN;
            case HIRED, REJECTED, WITHDRAWN -> false;
        };
    }

    /** Whether no feedback moves it any more. */
    public boolean isFinal() {
        return this == HIRED || this == REJECTED || this == WITHDRAWN;
    }

    /** Whether the company declared it will hire (indicators 6.3 and 10.2). */
    public boolean reachedSelection() {
        return this == SELECTED || this == HIRED;
    }

    public String labelKey() {
        return "referral.status." + name();
    }
}
