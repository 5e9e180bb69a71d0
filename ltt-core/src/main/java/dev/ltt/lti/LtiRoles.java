package dev.ltt.lti;

import java.util.List;
import java.util.Set;

/**
 * Which LTI roles get the instructor's view: Instructor, Administrator and teaching assistants, as the full
 * vocabulary URIs (membership, institution and system roles, and sub-roles like
 * {@code membership/Instructor#TeachingAssistant}) or as the deprecated short names.
 */
public final class LtiRoles {
    private static final String LIS = "http://purl.imsglobal.org/vocab/lis/v2/";
    private static final Set<String> STAFF = Set.of("Instructor", "Administrator", "TeachingAssistant", "SysAdmin");

    private LtiRoles() {}

    public static boolean staff(List<String> roles) {
        for (String role : roles) if (staff(role)) return true;
        return false;
    }

    private static boolean staff(String role) {
        if (!role.contains("/")) return STAFF.contains(role);
        if (!role.startsWith(LIS)) return false;
        String rest = role.substring(LIS.length());
        if (rest.startsWith("membership/Instructor#")) return true;
        int hash = rest.indexOf('#');
        if (hash < 0) return false;
        String vocabulary = rest.substring(0, hash), name = rest.substring(hash + 1);
        return (vocabulary.equals("membership")
                        || vocabulary.equals("institution/person")
                        || vocabulary.equals("system/person"))
                && STAFF.contains(name);
    }
}
