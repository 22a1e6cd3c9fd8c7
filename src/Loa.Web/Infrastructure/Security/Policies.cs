using Loa.Domain.Accounts;
using Microsoft.AspNetCore.Authorization;

namespace Loa.Web.Infrastructure.Security;

/// <summary>Who may do what. Pages name a policy; the data itself is scoped to the user's commune by the DbContext.</summary>
public static class Policies
{
    /// <summary>Reads a commune's plans and progress: its staff and its province's officers.</summary>
    public const string Staff = nameof(Staff);

    /// <summary>Works inside a commune: leader, coordinator, unit officer.</summary>
    public const string CommuneStaff = nameof(CommuneStaff);

    /// <summary>
    /// Drafts and edits plans: the coordinator (commune and unit plans), a unit officer (its unit's plan), a province
    /// officer (the province's plan). Which plan exactly is <c>PlanAccess.MayEdit</c>.
    /// </summary>
    public const string PlanEditor = nameof(PlanEditor);

    /// <summary>
    /// Approves and issues plans: the leader (commune and unit plans), a province officer (the province's plan); see
    /// <c>PlanAccess.MayApprove</c>.
    /// </summary>
    public const string PlanApprover = nameof(PlanApprover);

    /// <summary>Records activities: unit officers and the coordinator.</summary>
    public const string Recorder = nameof(Recorder);

    /// <summary>Manages the commune's units: coordinator and leader.</summary>
    public const string UnitManager = nameof(UnitManager);

    /// <summary>Oversees the province's communes and sets the province's rules: the province officer.</summary>
    public const string ProvinceOfficer = nameof(ProvinceOfficer);

    /// <summary>Records index results: the commune's coordinator and leader for the commune, the province officer for the province.</summary>
    public const string IndexEditor = nameof(IndexEditor);

    /// <summary>Writes, schedules, publishes and takes down the commune's news on its portal: coordinator and leader.</summary>
    public const string ArticleEditor = nameof(ArticleEditor);

    /// <summary>
    /// Administrative procedures: the commune's coordinator and leader choose the commune's list, the province
    /// officer imports the province's catalogue.
    /// </summary>
    public const string ProcedureManager = nameof(ProcedureManager);

    public const string Admin = nameof(Admin);

    /// <summary>The ministry's view of every province (Bộ Nội vụ): the national officer, who reads and writes no commune's data.</summary>
    public const string NationalOfficer = nameof(NationalOfficer);

    /// <summary>Reads one commune's dashboard: its staff, its province's officers, and the national officer (read-only).</summary>
    public const string DashboardReader = nameof(DashboardReader);

    /// <summary>
    /// Manages accounts: the administrator all, a province officer its communes' leaders and coordinators, a coordinator its units'
    /// officers (<c>AdminAccess</c>).
    /// </summary>
    public const string AccountManager = nameof(AccountManager);

    /// <summary>
    /// Puts communes' portals in service: the system administrator for any commune, a province officer for their
    /// province's (<c>PortalServiceAccess</c>).
    /// </summary>
    public const string PortalServiceManager = nameof(PortalServiceManager);

    /// <summary>Reads the audit log: the system administrator all of it, a province officer their province's part (<c>AuditAccess</c>).</summary>
    public const string AuditReader = nameof(AuditReader);

    /// <summary>Keeps the list of trusted certificate authorities for signatures: the administrator, a province officer its province's.</summary>
    public const string TrustManager = nameof(TrustManager);

    public static void Add(AuthorizationOptions options)
    {
        Require(options, Staff, UserRole.ProvinceOfficer, UserRole.Leader, UserRole.Coordinator, UserRole.UnitOfficer);
        Require(options, CommuneStaff, UserRole.Leader, UserRole.Coordinator, UserRole.UnitOfficer);
        Require(options, PlanEditor, UserRole.Coordinator, UserRole.UnitOfficer, UserRole.ProvinceOfficer);
        Require(options, PlanApprover, UserRole.Leader, UserRole.ProvinceOfficer);
        Require(options, Recorder, UserRole.Coordinator, UserRole.UnitOfficer);
        Require(options, UnitManager, UserRole.Coordinator, UserRole.Leader);
        Require(options, ProvinceOfficer, UserRole.ProvinceOfficer);
        Require(options, IndexEditor, UserRole.Coordinator, UserRole.Leader, UserRole.ProvinceOfficer);
        Require(options, ArticleEditor, UserRole.Coordinator, UserRole.Leader);

        Require(options, ProcedureManager, UserRole.Coordinator, UserRole.Leader, UserRole.ProvinceOfficer);
        Require(options, Admin, UserRole.SystemAdmin);
        Require(options, NationalOfficer, UserRole.NationalOfficer);
        Require(options, DashboardReader, UserRole.ProvinceOfficer, UserRole.Leader, UserRole.Coordinator, UserRole.UnitOfficer, UserRole.NationalOfficer);
        Require(options, AccountManager, UserRole.SystemAdmin, UserRole.ProvinceOfficer, UserRole.Coordinator);
        Require(options, AuditReader, UserRole.SystemAdmin, UserRole.ProvinceOfficer);
        Require(options, TrustManager, UserRole.SystemAdmin, UserRole.ProvinceOfficer);
        Require(options, PortalServiceManager, UserRole.SystemAdmin, UserRole.ProvinceOfficer);
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }

    private static void Require(AuthorizationOptions options, string name, params UserRole[] roles)
    {
        var names = roles.Select(r => r.ToString()).ToArray();
        var communeBound = roles.All(r => r is UserRole.Leader or UserRole.Coordinator or UserRole.UnitOfficer);
        options.AddPolicy(name, policy =>
        {
            policy.RequireAuthenticatedUser().RequireRole(names);
            if (communeBound)
            {
                policy.RequireClaim(LoaClaims.Commune);
            }
        });
    }
}
