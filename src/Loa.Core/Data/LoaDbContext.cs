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

    /// <summary>How often the data each commune's portal shows has changed (decision 41).</summary>
    public DbSet<Loa.Portal.PortalStamp> PortalStamps => Set<Loa.Portal.PortalStamp>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<UserSession> UserSessions => Set<UserSession>();

    public DbSet<SignInAttempt> SignInAttempts => Set<SignInAttempt>();

    // Read by the query filters; EF Core turns these into parameters of each query (see TenantFilter).
    private const int NoCommune = -1;

    private int ScopeCommuneKey => !Scope.ReadsEverything && Scope.CommuneId is { } commune ? commune : NoCommune;

    private int ScopeProvinceFrom => Scope.ReadsEverything ? int.MinValue : Scope.ProvinceId ?? int.MaxValue;

    private int ScopeProvinceTo => Scope.ReadsEverything ? int.MaxValue : Scope.ProvinceId ?? int.MinValue;

    private bool ScopeProvinceWide => Scope.ReadsEverything || Scope.CommuneId is null;

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
    /// e => e.CommuneId == ScopeCommuneKey
    ///     || (e.ProvinceId >= ScopeProvinceFrom &amp;&amp; e.ProvinceId &lt;= ScopeProvinceTo &amp;&amp; (ScopeProvinceWide || e.CommuneId == null)):
    /// the scope that reads everything gets every province (the whole range); a province officer the rows of the province;
    /// commune staff the rows of the commune and the province's own rows (no commune): the province's plans they implement;
    /// nobody gets an empty range and no commune. The same rows as "ReadsEverything || (CommuneId != null ? … : …)", but
    /// written without CASE and without a parameter alone in an OR, so that the database can use the CommuneId and
    /// ProvinceId indexes for it (decision record 37).
    /// </summary>
    private LambdaExpression TenantFilter(Type type)
    {
        var e = Expression.Parameter(type, "e");
        var context = Expression.Constant(this);
        var communeKey = Expression.Convert(Expression.Property(context, nameof(ScopeCommuneKey)), typeof(int?));
        var provinceFrom = Expression.Property(context, nameof(ScopeProvinceFrom));
        var provinceTo = Expression.Property(context, nameof(ScopeProvinceTo));
        var provinceWide = Expression.Property(context, nameof(ScopeProvinceWide));
        var communeId = Expression.Property(e, nameof(ICommuneOwned.CommuneId));
        var provinceId = Expression.Property(e, nameof(ICommuneOwned.ProvinceId));

        var ownCommune = Expression.Equal(communeId, communeKey);
        var inProvinces = Expression.AndAlso(Expression.GreaterThanOrEqual(provinceId, provinceFrom), Expression.LessThanOrEqual(provinceId, provinceTo));
        var provinceRows = Expression.OrElse(provinceWide, Expression.Equal(communeId, Expression.Constant(null, typeof(int?))));
        var body = Expression.OrElse(ownCommune, Expression.AndAlso(inProvinces, provinceRows));
        return Expression.Lambda(body, e);
    }
}
