package dev.ltt.access;

/** Who is calling: a role, and for a learner, which learner; {@code name} is what events record as the actor. */
public record Principal(Role role, String learnerId, String name) {

    public static Principal admin() {
        return new Principal(Role.ADMIN, null, "admin");
    }

    public static Principal learner(String learnerId) {
        return new Principal(Role.LEARNER, learnerId, learnerId);
    }

    public static Principal instructor(String name) {
        return new Principal(Role.INSTRUCTOR, null, "instructor:" + name);
    }

    /** May this caller read the state of {@code learner}? Admins and instructors may read anyone's. */
    public boolean canRead(String learner) {
        return role != Role.LEARNER || learner.equals(learnerId);
    }

    /** May this caller change the state of {@code learner}? Only an admin, or that learner. */
    public boolean canWrite(String learner) {
        return role == Role.ADMIN || (role == Role.LEARNER && learner.equals(learnerId));
    }

    public boolean isStaff() {
        return role == Role.ADMIN || role == Role.INSTRUCTOR;
    }
}
