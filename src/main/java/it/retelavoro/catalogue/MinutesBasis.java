package it.retelavoro.catalogue;

/** Whether a minimum duration applies to each meeting or to the delivery as a whole. */
public enum MinutesBasis {
    /** "Incontri individuali: minimo 30 minuti": each meeting, so the total must reach minimum × meetings. */
    MEETING,
    /** "Parte in presenza e parte in back office: minimo 2 ore": the whole delivery. */
    DELIVERY
}
