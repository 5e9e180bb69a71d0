package dev.ltt.usecase;

import dev.ltt.access.TokenStore;
import dev.ltt.cohort.CohortProgress;
import dev.ltt.cohort.HelpQueue;
import dev.ltt.cohort.ObjectiveMastery;
import dev.ltt.cohort.StuckLearners;
import dev.ltt.curriculum.EditTask;
import dev.ltt.curriculum.ExportCurriculum;
import dev.ltt.curriculum.IngestCurriculum;
import dev.ltt.curriculum.ListProjects;
import dev.ltt.curriculum.ShowProjectTemplate;
import dev.ltt.db.Invalidations;
import dev.ltt.discussion.AddComment;
import dev.ltt.discussion.AddSharedComment;
import dev.ltt.discussion.ListComments;
import dev.ltt.discussion.ListEvents;
import dev.ltt.discussion.ListHelpRequests;
import dev.ltt.discussion.ListNotes;
import dev.ltt.discussion.RequestHelp;
import dev.ltt.discussion.ResolveHelpRequest;
import dev.ltt.discussion.WriteNote;
import dev.ltt.instance.CohortStore;
import dev.ltt.instance.CohortTallyStore;
import dev.ltt.instance.CommentStore;
import dev.ltt.instance.EnrollmentStore;
import dev.ltt.instance.EventStore;
import dev.ltt.instance.HelpRequestStore;
import dev.ltt.instance.LearnerDatabaseStore;
import dev.ltt.instance.LearnerStore;
import dev.ltt.instance.NoteStore;
import dev.ltt.instance.ProgressStore;
import dev.ltt.instance.StateChangeStore;
import dev.ltt.instance.SubmissionStore;
import dev.ltt.memory.ForgetEverything;
import dev.ltt.memory.ForgetObservation;
import dev.ltt.memory.ForgetProfile;
import dev.ltt.memory.Remember;
import dev.ltt.memory.ShowMemory;
import dev.ltt.memory.UpdateProfile;
import dev.ltt.people.Authenticate;
import dev.ltt.people.CreateLearner;
import dev.ltt.people.IssueToken;
import dev.ltt.people.ListLearners;
import dev.ltt.people.ListTokens;
import dev.ltt.people.RevokeToken;
import dev.ltt.people.TokenCache;
import dev.ltt.people.TokenUses;
import dev.ltt.progress.GetContext;
import dev.ltt.progress.ReadyWork;
import dev.ltt.progress.ShowProgress;
import dev.ltt.progress.ShowTask;
import dev.ltt.progress.ShowTree;
import dev.ltt.template.SharedCommentStore;
import dev.ltt.template.SnapshotCache;
import dev.ltt.template.TemplateEditStore;
import dev.ltt.template.TemplateStore;
import dev.ltt.validation.SqlDatasets;
import dev.ltt.validation.ValidatorRegistry;
import dev.ltt.validation.Validators;
import dev.ltt.work.BlockTask;
import dev.ltt.work.CompleteTask;
import dev.ltt.work.ListSubmissions;
import dev.ltt.work.ReopenTask;
import dev.ltt.work.ReviewSubmission;
import dev.ltt.work.StartTask;
import dev.ltt.work.SubmitWork;
import dev.ltt.workspace.ResetWorkspace;
import dev.ltt.workspace.RunSql;
import dev.ltt.workspace.ShowWorkspace;
import dev.ltt.workspace.WorkspaceUseCases;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;

/** Every use-case of LTT wired with {@code new} over one database: what each door calls. Thread-safe. */
public final class UseCases implements AutoCloseable {
    public final IngestCurriculum ingestCurriculum;
    public final ExportCurriculum exportCurriculum;
    public final ListProjects listProjects;
    public final CreateLearner createLearner;
    public final ListLearners listLearners;
    public final ReadyWork readyWork;
    public final StartTask startTask;
    public final SubmitWork submitWork;
    public final CompleteTask completeTask;
    public final ReopenTask reopenTask;
    public final BlockTask blockTask;
    public final ShowProgress showProgress;
    public final ShowTree showTree;
    public final ShowTask showTask;
    public final ListSubmissions listSubmissions;
    public final GetContext getContext;
    public final ShowProjectTemplate showProjectTemplate;
    public final IssueToken issueToken;
    public final Authenticate authenticate;
    public final AddComment addComment;
    public final AddSharedComment addSharedComment;
    public final ListComments listComments;
    public final RequestHelp requestHelp;
    public final ListHelpRequests listHelpRequests;
    public final HelpQueue helpQueue;
    public final ResolveHelpRequest resolveHelpRequest;
    public final WriteNote writeNote;
    public final ListNotes listNotes;
    public final ListEvents listEvents;
    public final CohortProgress cohortProgress;
    public final StuckLearners stuckLearners;
    public final ObjectiveMastery objectiveMastery;
    public final EditTask editTask;
    public final ListTokens listTokens;
    private final TokenUses tokenUses;
    public final RevokeToken revokeToken;
    public final ReviewSubmission reviewSubmission;
    public final Remember remember;
    public final UpdateProfile updateProfile;
    public final ShowMemory showMemory;
    public final ForgetObservation forgetObservation;
    public final ForgetProfile forgetProfile;
    public final ForgetEverything forgetEverything;
    public final RunSql runSql;
    public final ResetWorkspace resetWorkspace;
    public final ShowWorkspace showWorkspace;
    /** LTI 1.3: registrations, keys, launches, grade passback. */
    public final dev.ltt.lti.Lti lti;

    /** Wires every use-case; {@code invalidations} keeps their caches in step with other servers on the database. */
    public UseCases(Jdbi jdbi, Clock clock, String adminToken, Invalidations invalidations) {
        this(jdbi, clock, adminToken, SqlDatasets.fromEnvironment(), invalidations);
    }

    private UseCases(Jdbi jdbi, Clock clock, String adminToken, SqlDatasets datasets, Invalidations invalidations) {
        this(jdbi, clock, adminToken, Validators.builtIn(datasets), datasets, invalidations);
    }

    /**
     * With the validators given (for example with SQL datasets of the caller's choosing), for a process alone
     * on its database (tests): its caches hear of no other process's changes.
     */
    public UseCases(Jdbi jdbi, Clock clock, String adminToken, ValidatorRegistry validators) {
        this(jdbi, clock, adminToken, validators, SqlDatasets.fromEnvironment(), Invalidations.localOnly());
    }

    /** The validators given, and caches kept in step with other servers through {@code invalidations}. */
    public UseCases(
            Jdbi jdbi, Clock clock, String adminToken, ValidatorRegistry validators, Invalidations invalidations) {
        this(jdbi, clock, adminToken, validators, SqlDatasets.fromEnvironment(), invalidations);
    }

    /** The same, with the datasets the SQL workspace runs queries on (those the validators use). */
    public UseCases(
            Jdbi jdbi,
            Clock clock,
            String adminToken,
            ValidatorRegistry validators,
            SqlDatasets datasets,
            Invalidations invalidations) {
        TemplateStore templates = new TemplateStore();
        LearnerStore learners = new LearnerStore();
        SnapshotCache snapshots = new SnapshotCache(templates, invalidations);
        SubmissionStore submissions = new SubmissionStore();
        EventStore events = new EventStore();
        CohortTallyStore tallies = new CohortTallyStore();
        TokenStore tokens = new TokenStore();
        this.lti = new dev.ltt.lti.Lti(jdbi, clock, templates, tokens);
        ProjectAccess access = new ProjectAccess(
                templates,
                snapshots,
                learners,
                new EnrollmentStore(),
                new ProgressStore(),
                new StateChangeStore(tallies),
                clock,
                lti.progressListener());
        LearnerWrites writes = new LearnerWrites(jdbi, access);
        LearnerDatabaseStore learnerDatabases = new LearnerDatabaseStore();
        SharedCommentStore sharedComments = new SharedCommentStore();
        CommentStore comments = new CommentStore();
        HelpRequestStore helpRequests = new HelpRequestStore();
        NoteStore notes = new NoteStore();
        ClosingNotes closingNotes = new ClosingNotes(notes);

        this.ingestCurriculum = new IngestCurriculum(jdbi, templates);
        this.exportCurriculum = new ExportCurriculum(jdbi, templates);
        this.listProjects = new ListProjects(jdbi, templates);
        this.createLearner = new CreateLearner(jdbi, learners);
        this.listLearners = new ListLearners(jdbi, learners);
        this.readyWork = new ReadyWork(jdbi, access);
        this.submitWork = new SubmitWork(jdbi, access, writes, submissions, validators, closingNotes, learnerDatabases);
        this.completeTask = new CompleteTask(writes, closingNotes);
        this.reopenTask = new ReopenTask(writes);
        this.blockTask = new BlockTask(writes);
        this.showProgress = new ShowProgress(jdbi, access);
        this.showTree = new ShowTree(jdbi, access);
        this.showTask = new ShowTask(jdbi, access);
        this.listSubmissions = new ListSubmissions(jdbi, access, submissions);
        this.showProjectTemplate = new ShowProjectTemplate(jdbi, templates, snapshots);
        this.issueToken = new IssueToken(jdbi, tokens, learners, clock);
        TokenCache tokenCache = new TokenCache(jdbi, tokens, invalidations);
        this.tokenUses = new TokenUses(jdbi, tokens);
        this.authenticate = new Authenticate(tokenCache, tokenUses, adminToken, clock);
        this.listTokens = new ListTokens(jdbi, tokens, learners, tokenUses);
        this.revokeToken = new RevokeToken(jdbi, tokens, tokenCache);
        this.addComment = new AddComment(writes, comments);
        this.addSharedComment = new AddSharedComment(jdbi, access, sharedComments);
        this.listComments = new ListComments(jdbi, access, sharedComments, comments);
        this.showMemory = new ShowMemory(jdbi, learners);
        this.getContext = new GetContext(jdbi, access);
        this.startTask = new StartTask(writes, getContext);
        this.requestHelp = new RequestHelp(writes, helpRequests, submissions);
        this.listHelpRequests = new ListHelpRequests(jdbi, learners, helpRequests);
        this.helpQueue = new HelpQueue(jdbi, templates, helpRequests);
        this.resolveHelpRequest = new ResolveHelpRequest(jdbi, learners, helpRequests);
        this.writeNote = new WriteNote(writes, notes);
        this.listNotes = new ListNotes(jdbi, access, notes);
        this.listEvents = new ListEvents(jdbi, access, learners, events);
        CohortStore cohort = new CohortStore();
        this.cohortProgress = new CohortProgress(jdbi, templates, snapshots, cohort);
        this.stuckLearners = new StuckLearners(jdbi, templates, snapshots, cohort, clock);
        this.objectiveMastery = new ObjectiveMastery(jdbi, templates, snapshots, tallies);
        this.editTask = new EditTask(jdbi, templates, new TemplateEditStore(), snapshots);
        this.reviewSubmission = new ReviewSubmission(jdbi, writes, submissions, events);
        this.remember = new Remember(jdbi, learners, templates);
        this.updateProfile = new UpdateProfile(jdbi, learners, clock);
        this.forgetObservation = new ForgetObservation(jdbi, learners);
        this.forgetProfile = new ForgetProfile(jdbi, learners, clock);
        this.forgetEverything = new ForgetEverything(jdbi, learners);
        WorkspaceUseCases workspace = new WorkspaceUseCases(jdbi, datasets, learnerDatabases);
        this.runSql = workspace.runSql;
        this.resetWorkspace = workspace.resetWorkspace;
        this.showWorkspace = workspace.showWorkspace;
    }

    /** Stops the background work the use-cases keep (writing tokens' last uses), writing what is pending. */
    @Override
    public void close() {
        tokenUses.close();
    }
}
