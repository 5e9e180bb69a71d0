package dev.ltt.lti;

import dev.ltt.access.TokenStore;
import dev.ltt.instance.ProgressListener;
import dev.ltt.lti.grades.GradeSender;
import dev.ltt.lti.grades.LineItems;
import dev.ltt.lti.grades.ListGrades;
import dev.ltt.lti.grades.ScoreOutbox;
import dev.ltt.lti.grades.ScoreQueue;
import dev.ltt.lti.platforms.AddDeployment;
import dev.ltt.lti.platforms.ListRegistrations;
import dev.ltt.lti.platforms.NotStarted;
import dev.ltt.lti.platforms.PlatformHttp;
import dev.ltt.lti.platforms.PlatformKeys;
import dev.ltt.lti.platforms.PlatformTokens;
import dev.ltt.lti.platforms.PublishKeys;
import dev.ltt.lti.platforms.RegisterDynamically;
import dev.ltt.lti.platforms.RegisterPlatform;
import dev.ltt.lti.platforms.RegistrationStore;
import dev.ltt.lti.platforms.RemoveRegistration;
import dev.ltt.lti.platforms.RosterSync;
import dev.ltt.lti.platforms.Rosters;
import dev.ltt.lti.platforms.RotateToolKey;
import dev.ltt.lti.platforms.ToolKeys;
import dev.ltt.template.TemplateStore;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;

/** The LTI use-cases wired with {@code new} over one database; the score queue is the engine's progress listener. */
public final class Lti {
    public final RegisterPlatform registerPlatform;
    public final ListRegistrations listRegistrations;
    public final RemoveRegistration removeRegistration;
    public final AddDeployment addDeployment;
    public final PublishKeys publishKeys;
    public final RotateToolKey rotateToolKey;
    public final BeginLogin beginLogin;
    public final AcceptLaunch acceptLaunch;
    public final FindIdentity findIdentity;
    public final ListGrades listGrades;
    public final GradeSender gradeSender;
    public final AnswerDeepLink answerDeepLink;
    public final RegisterDynamically registerDynamically;
    public final NotStarted notStarted;
    private final ScoreQueue scoreQueue;

    public Lti(Jdbi jdbi, Clock clock, TemplateStore templates, TokenStore tokens) {
        RegistrationStore registrations = new RegistrationStore();
        LoginStateStore states = new LoginStateStore();
        ToolKeys keys = new ToolKeys(jdbi);
        PlatformHttp http = new PlatformHttp();
        PlatformTokens platformTokens = new PlatformTokens(http, keys, clock);
        ScoreOutbox outbox = new ScoreOutbox();
        Identities identities = new Identities();
        DeepLinks deepLinks = new DeepLinks();
        Rosters rosters = new Rosters();
        this.registerPlatform = new RegisterPlatform(jdbi, registrations);
        this.listRegistrations = new ListRegistrations(jdbi, registrations);
        this.removeRegistration = new RemoveRegistration(jdbi, registrations);
        this.addDeployment = new AddDeployment(jdbi, registrations);
        this.publishKeys = new PublishKeys(keys);
        this.rotateToolKey = new RotateToolKey(keys);
        this.beginLogin = new BeginLogin(jdbi, registrations, states, clock);
        this.acceptLaunch = new AcceptLaunch(
                jdbi,
                states,
                registrations,
                new IdTokenVerifier(new PlatformKeys(http, clock)),
                identities,
                new LineItems(jdbi, http, platformTokens),
                outbox,
                templates,
                tokens,
                deepLinks,
                rosters,
                clock);
        this.registerDynamically = new RegisterDynamically(jdbi, http, registrations);
        this.answerDeepLink = new AnswerDeepLink(jdbi, deepLinks, registrations, templates, keys, clock);
        this.findIdentity = new FindIdentity(jdbi, identities);
        this.listGrades = new ListGrades(jdbi, outbox);
        this.gradeSender = new GradeSender(jdbi, outbox, registrations, platformTokens, http, clock);
        this.scoreQueue = new ScoreQueue(outbox, clock);
        this.notStarted = new NotStarted(jdbi, rosters);
        gradeSender.alsoSync(new RosterSync(jdbi, rosters, registrations, platformTokens, http, clock));
    }

    /** What the work use-cases tell of every progress change, to queue scores in the same transaction. */
    public ProgressListener progressListener() {
        return scoreQueue;
    }
}
