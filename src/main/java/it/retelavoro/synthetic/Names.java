package it.retelavoro.synthetic;

import java.text.Normalizer;
import java.util.Locale;
import java.util.SplittableRandom;

/** Italian and foreign names, company names and the letters they give a codice fiscale. */
final class Names {

    static final String[] SURNAMES = {"Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo",
        "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo",
        "Lombardi", "Moretti", "Barbieri", "Fontana", "Santoro", "Mariani", "Rinaldi", "Caruso", "Ferrara", "Galli",
        "Martini", "Leone", "Longo", "Gentile", "Martinelli", "Vitale", "Lombardo", "Serra", "Coppola", "De Santis",
        "D'Angelo", "Marchetti", "Parisi", "Villa", "Conte", "Ferraro", "Ferri", "Fabbri", "Bianco", "Marini",
        "Grasso", "Valentini", "Messina", "Sala", "De Angelis", "Gatti", "Pellegrini", "Palumbo", "Sanna",
        "Farina", "Rizzi", "Monti", "Cattaneo", "Morelli", "Amato", "Silvestri", "Mazza", "Testa", "Grassi",
        "Pellegrino", "Carbone", "Giuliani", "Benedetti", "Barone", "Rossetti", "Caputo", "Montanari", "Guerra",
        "Palmieri", "Bernardi", "Martino", "Fiore", "De Rosa", "Ferretti", "Bellini", "Basile", "Riva", "Donati",
        "Piras", "Vitali", "Battaglia", "Sartori", "Neri", "Costantini", "Milani", "Pagano", "Ruggiero", "Sorrentino",
        "D'Amico", "Orlando", "Damico", "Negri", "Bertola", "Gribaudo", "Bosio", "Cravero", "Chiesa", "Audisio",
        "Perotti", "Rosso", "Bertolotto", "Giraudo", "Aimar", "Operti", "Garbolino", "Ghiglione", "Mondino", "Quaglia"};

    static final String[] MALE = {"Francesco", "Alessandro", "Lorenzo", "Andrea", "Matteo", "Luca", "Marco",
        "Giuseppe", "Giovanni", "Davide", "Simone", "Federico", "Riccardo", "Stefano", "Paolo", "Roberto", "Antonio",
        "Fabio", "Massimo", "Alberto", "Daniele", "Gabriele", "Claudio", "Mario", "Enrico", "Michele", "Pietro",
        "Salvatore", "Vincenzo", "Giorgio", "Emanuele", "Nicola", "Tommaso", "Filippo", "Carlo", "Franco", "Sergio",
        "Luigi", "Diego", "Mattia", "Leonardo", "Edoardo", "Cristian", "Valerio", "Ivan"};

    static final String[] FEMALE = {"Giulia", "Francesca", "Sara", "Chiara", "Martina", "Alessia", "Valentina",
        "Elisa", "Federica", "Silvia", "Laura", "Anna", "Elena", "Paola", "Maria", "Roberta", "Giorgia", "Sofia",
        "Aurora", "Alice", "Ilaria", "Monica", "Cristina", "Barbara", "Simona", "Daniela", "Claudia", "Manuela",
        "Serena", "Veronica", "Beatrice", "Marta", "Michela", "Lucia", "Irene", "Noemi", "Camilla", "Greta",
        "Rosa", "Angela", "Emma", "Ginevra", "Arianna", "Debora", "Stefania"};

    /** Foreign communities of Piedmont: birth state (Belfiore), citizenship, EU, names. */
    record Community(String belfiore, String citizenship, String language, String[] surnames, String[] male,
            String[] female) {
    }

    static final Community[] COMMUNITIES = {
        new Community("Z129", "RO", "ro", new String[] {"Popescu", "Ionescu", "Popa", "Dumitru", "Stan", "Munteanu"},
                new String[] {"Andrei", "Ion", "Mihai", "Florin", "Gabriel"},
                new String[] {"Ioana", "Elena", "Andreea", "Mihaela", "Cristina"}),
        new Community("Z330", "MA", "ar", new String[] {"El Idrissi", "Benali", "Alaoui", "Bennani", "Tazi", "Amrani"},
                new String[] {"Mohamed", "Youssef", "Rachid", "Hamza", "Karim"},
                new String[] {"Fatima", "Khadija", "Aicha", "Salma", "Nadia"}),
        new Community("Z100", "AL", "sq", new String[] {"Hoxha", "Shehu", "Gjoka", "Leka", "Krasniqi", "Dervishi"},
                new String[] {"Arben", "Erion", "Besnik", "Ilir", "Gentian"},
                new String[] {"Elira", "Anila", "Blerta", "Mirela", "Jonida"}),
        new Community("Z210", "CN", "zh", new String[] {"Hu", "Chen", "Wang", "Zhou", "Lin", "Zhang"},
                new String[] {"Wei", "Jun", "Lei", "Hao", "Ming"},
                new String[] {"Li", "Mei", "Xiu", "Yan", "Ling"}),
        new Community("Z335", "NG", "en", new String[] {"Okafor", "Adeyemi", "Eze", "Okonkwo", "Bello", "Nwosu"},
                new String[] {"Chinedu", "Emeka", "Tunde", "Samuel", "Daniel"},
                new String[] {"Blessing", "Grace", "Ngozi", "Joy", "Esther"}),
        new Community("Z611", "PE", "es", new String[] {"Quispe", "Flores", "Huaman", "Mamani", "Rojas", "Vargas"},
                new String[] {"Jorge", "Luis", "Carlos", "Jose", "Miguel"},
                new String[] {"Rosa", "Carmen", "Maria", "Milagros", "Lucia"}),
        new Community("Z138", "UA", "uk", new String[] {"Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Melnyk",
            "Kravchenko"}, new String[] {"Oleksandr", "Andriy", "Serhiy", "Dmytro", "Taras"},
                new String[] {"Olena", "Natalia", "Iryna", "Oksana", "Tetiana"})};

    static final String[] COMPANY_WORDS = {"Costruzioni", "Meccanica", "Logistica", "Servizi", "Impianti",
        "Alimentari", "Trasporti", "Informatica", "Tessile", "Edilizia", "Commercio", "Ristorazione", "Consulenze",
        "Automazione", "Plastica", "Legno", "Vini", "Dolciaria", "Elettronica", "Pulizie", "Sanitaria", "Agricola"};

    private Names() {
    }

    static String pick(String[] values, SplittableRandom random) {
        return values[random.nextInt(values.length)];
    }

    /** The three letters of the surname in a codice fiscale. */
    static String surnameLetters(String surname) {
        String letters = letters(surname);
        String consonants = consonants(letters);
        return pad(consonants + vowels(letters));
    }

    /** The three letters of the first name: first, third and fourth consonant when there are four or more. */
    static String firstNameLetters(String name) {
        String letters = letters(name);
        String consonants = consonants(letters);
        if (consonants.length() >= 4) {
            return "" + consonants.charAt(0) + consonants.charAt(2) + consonants.charAt(3);
        }
        return pad(consonants + vowels(letters));
    }

    private static String letters(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT);
    }

    private static String consonants(String letters) {
        return letters.replaceAll("[AEIOU]", "");
    }

    private static String vowels(String letters) {
        return letters.replaceAll("[^AEIOU]", "");
    }

    private static String pad(String letters) {
        return (letters + "XXX").substring(0, 3);
    }
}
