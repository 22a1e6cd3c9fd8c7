using System.Linq.Expressions;
using Loa.Activities;
using Loa.Audit;
using Loa.Domain;
using Loa.Domain.Accounts;
using Loa.Domain.Geography;
using Loa.Plans;
using Loa.Units;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Loa.Data;

/// <summary>
/// The one database of Loa, on SQLite or PostgreSQL. Commune-owned data is filtered to the current scope
/// (<see cref="TenantScope"/>) by global query filters; saves stamp versions, normalise text to NFC and
/// write the audit log in the same transaction (see <see cref="SaveChangesPipeline"/>, a save interceptor).
/// </summary>
public sealed class LoaDbContext(DbContextOptions<LoaDbContext> options, ITenantScopeAccessor scopeAccessor)
    : IdentityUserContext<User>(options)
{
    public TenantScope Scope => scopeAccessor.Scope;

    public DbSet<Province> Provinces => Set<Province>();

    public DbSet<Commune> Communes => Set<Commune>();

    public DbSet<Unit> Units => Set<Unit>();

    public DbSet<Plan> Plans => Set<Plan>();

    public DbSet<Basis> Bases => Set<Basis>();

    public DbSet<Section> Sections => Set<Section>();

    public DbSet<ContentItem> ContentItems => Set<ContentItem>();

    public DbSet<Channel> Channels => Set<Channel>();

    public DbSet<KeyTask> Tasks => Set<KeyTask>();

    public DbSet<KeyTaskUnit> TaskUnits => Set<KeyTaskUnit>();

    public DbSet<UnitResponsibility> Responsibilities => Set<UnitResponsibility>();

    public DbSet<PlanDeadline> Deadlines => Set<PlanDeadline>();

    public DbSet<PlanVersion> PlanVersions => Set<PlanVersion>();

    public DbSet<Loa.Reports.UnitReport> UnitReports => Set<Loa.Reports.UnitReport>();

    public DbSet<Loa.Reports.CommuneReport> CommuneReports => Set<Loa.Reports.CommuneReport>();

    public DbSet<Loa.Indices.IndexResult> IndexResults => Set<Loa.Indices.IndexResult>();

    public DbSet<Loa.Notifications.Notification> Notifications => Set<Loa.Notifications.Notification>();

    public DbSet<Loa.Notifications.JobLease> JobLeases => Set<Loa.Notifications.JobLease>();

    public DbSet<Loa.Notifications.OutgoingMessage> OutgoingMessages => Set<Loa.Notifications.OutgoingMessage>();

    public DbSet<Loa.Notifications.MessageTemplate> MessageTemplates => Set<Loa.Notifications.MessageTemplate>();

    public DbSet<Loa.Portal.PortalProfile> PortalProfiles => Set<Loa.Portal.PortalProfile>();

    public DbSet<Loa.Feedbacks.Feedback> Feedback => Set<Loa.Feedbacks.Feedback>();

    public DbSet<Loa.Feedbacks.FeedbackAttachment> FeedbackAttachments => Set<Loa.Feedbacks.FeedbackAttachment>();

    public DbSet<Loa.Articles.Article> Articles => Set<Loa.Articles.Article>();

    public DbSet<Loa.Articles.ArticleCategory> ArticleCategories => Set<Loa.Articles.ArticleCategory>();

    public DbSet<Loa.Articles.ArticlePicture> ArticlePictures => Set<Loa.Articles.ArticlePicture>();

    public DbSet<Loa.Procedures.Procedure> Procedures => Set<Loa.Procedures.Procedure>();

    public DbSet<Loa.Procedures.CommuneProcedure> CommuneProcedures => Set<Loa.Procedures.CommuneProcedure>();

    public DbSet<Loa.Procedures.ProcedureSynonymList> ProcedureSynonymLists => Set<Loa.Procedures.ProcedureSynonymList>();

    public DbSet<Loa.Surveys.Survey> Surveys => Set<Loa.Surveys.Survey>();

    public DbSet<Loa.Surveys.SurveySection> SurveySections => Set<Loa.Surveys.SurveySection>();

    public DbSet<Loa.Surveys.SurveyQuestion> SurveyQuestions => Set<Loa.Surveys.SurveyQuestion>();

    public DbSet<Loa.Surveys.SurveyResponse> SurveyResponses => Set<Loa.Surveys.SurveyResponse>();

    public DbSet<Loa.Surveys.SurveyAnswer> SurveyAnswers => Set<Loa.Surveys.SurveyAnswer>();

    public DbSet<Loa.Inspections.InspectionChecklist> InspectionChecklists => Set<Loa.Inspections.InspectionChecklist>();

    public DbSet<Loa.Inspections.ChecklistItem> ChecklistItems => Set<Loa.Inspections.ChecklistItem>();

    public DbSet<Loa.Inspections.Inspection> Inspections => Set<Loa.Inspections.Inspection>();

    public DbSet<Loa.Inspections.InspectionEntry> InspectionEntries => Set<Loa.Inspections.InspectionEntry>();

    public DbSet<Loa.Inspections.InspectionFile> InspectionFiles => Set<Loa.Inspections.InspectionFile>();

    public DbSet<Loa.Documents.Records.OfficialDocument> OfficialDocuments => Set<Loa.Documents.Records.OfficialDocument>();

    public DbSet<Loa.Documents.Records.OfficialDocumentFile> OfficialDocumentFiles => Set<Loa.Documents.Records.OfficialDocumentFile>();

    public DbSet<Loa.Exchange.ExchangeMessage> ExchangeMessages => Set<Loa.Exchange.ExchangeMessage>();

    public DbSet<Loa.Exchange.ExchangeEvent> ExchangeEvents => Set<Loa.Exchange.ExchangeEvent>();

    public DbSet<Loa.Signing.SigningCertificate> SigningCertificates => Set<Loa.Signing.SigningCertificate>();

    public DbSet<Loa.Signing.TrustedAuthority> TrustedAuthorities => Set<Loa.Signing.TrustedAuthority>();

    public DbSet<Loa.Signing.SigningToken> SigningTokens => Set<Loa.Signing.SigningToken>();

    public DbSet<Loa.Dialogues.Dialogue> Dialogues => Set<Loa.Dialogues.Dialogue>();

    public DbSet<Loa.Dialogues.DialogueQuestion> DialogueQuestions => Set<Loa.Dialogues.DialogueQuestion>();

    public DbSet<Loa.Dialogues.DialogueQuestionGroup> DialogueQuestionGroups => Set<Loa.Dialogues.DialogueQuestionGroup>();

    public DbSet<Loa.Dialogues.DialoguePhoto> DialoguePhotos => Set<Loa.Dialogues.DialoguePhoto>();

    public DbSet<Activity> Activities => Set<Activity>();

    public DbSet<EvidenceFile> EvidenceFiles => Set<EvidenceFile>();

    public DbSet<Loa.Activities.Bulk.ActivityBatch> ActivityBatches => Set<Loa.Activities.Bulk.ActivityBatch>();

    /// <summary>The per-commune read model (decision 38): each commune's figures of a year, and its activities by month and channel.</summary>
    public DbSet<Loa.Dashboards.Figures.CommuneFigures> CommuneFigures => Set<Loa.Dashboards.Figures.CommuneFigures>();

    public DbSet<Loa.Dashboards.Figures.CommuneActivityFigures> CommuneActivityFigures => Set<Loa.Dashboards.Figures.CommuneActivityFigures>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<UserSession> UserSessions => Set<UserSession>();

    public DbSet<SignInAttempt> SignInAttempts => Set<SignInAttempt>();

    // Read by the query filters; EF Core turns these into parameters of each query.
    private bool ScopeReadsEverything => Scope.ReadsEverything;

    private int? ScopeProvinceId => Scope.ProvinceId;

    private int? ScopeCommuneId => Scope.CommuneId;

    /// <summary>Every context saves through the pipeline, first of the save interceptors when <see cref="DatabaseRegistration"/> configured it.</summary>
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        var interceptors = optionsBuilder.Options.FindExtension<Microsoft.EntityFrameworkCore.Infrastructure.CoreOptionsExtension>()?.Interceptors ?? [];
        if (!interceptors.Contains(SaveChangesPipeline.Instance))
        {
            optionsBuilder.AddInterceptors(SaveChangesPipeline.Instance);
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(LoaDbContext).Assembly);
        foreach (var entity in builder.Model.GetEntityTypes().Where(e => typeof(ICommuneOwned).IsAssignableFrom(e.ClrType)))
        {
            builder.Entity(entity.ClrType).HasQueryFilter(TenantFilter(entity.ClrType));
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<List<string>>().HaveConversion<StringListConverter, StringListComparer>();
    }

    /// <summary>
    /// e => ScopeReadsEverything || (ScopeCommuneId != null
    ///     ? e.CommuneId == ScopeCommuneId || (e.CommuneId == null &amp;&amp; e.ProvinceId == ScopeProvinceId)
    ///     : e.ProvinceId == ScopeProvinceId).
    /// </summary>
    private LambdaExpression TenantFilter(Type type)
    {
        var e = Expression.Parameter(type, "e");
        var context = Expression.Constant(this);
        var isSystem = Expression.Property(context, nameof(ScopeReadsEverything));
        var scopeCommune = Expression.Property(context, nameof(ScopeCommuneId));
        var scopeProvince = Expression.Property(context, nameof(ScopeProvinceId));
        var communeId = Expression.Property(e, nameof(ICommuneOwned.CommuneId));
        var provinceId = Expression.Convert(Expression.Property(e, nameof(ICommuneOwned.ProvinceId)), typeof(int?));
        var nullInt = Expression.Constant(null, typeof(int?));

        // Commune staff also see their province's own records (no commune): the province's plans they implement.
        var ownProvince = Expression.AndAlso(Expression.NotEqual(scopeProvince, nullInt), Expression.Equal(provinceId, scopeProvince));
        var provinceLevel = Expression.AndAlso(Expression.Equal(communeId, nullInt), ownProvince);
        var body = Expression.OrElse(
            isSystem,
            Expression.Condition(
                Expression.NotEqual(scopeCommune, nullInt),
                Expression.OrElse(Expression.Equal(communeId, scopeCommune), provinceLevel),
                ownProvince));
        return Expression.Lambda(body, e);
    }
}
