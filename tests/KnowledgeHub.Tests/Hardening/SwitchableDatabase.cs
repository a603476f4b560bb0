using KnowledgeHub.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeHub.Tests.Hardening;

/// <summary>
/// Wraps the server's context factory so a test can make the database unreachable after start-up,
/// whatever the provider: every context created while <see cref="Down"/> is set fails to open.
/// </summary>
public sealed class SwitchableDatabase
{
    public bool Down { get; set; }

    public void AddTo(IServiceCollection services)
    {
        var original = services.Last(d => d.ServiceType == typeof(IDbContextFactory<KnowledgeHubDbContext>));
        services.Remove(original);
        services.AddSingleton<IDbContextFactory<KnowledgeHubDbContext>>(sp => new Contexts(this, (IDbContextFactory<KnowledgeHubDbContext>)(
            original.ImplementationInstance ?? original.ImplementationFactory?.Invoke(sp) ?? ActivatorUtilities.CreateInstance(sp, original.ImplementationType!))));
    }

    private sealed class Contexts(SwitchableDatabase owner, IDbContextFactory<KnowledgeHubDbContext> inner) : IDbContextFactory<KnowledgeHubDbContext>
    {
        public KnowledgeHubDbContext CreateDbContext() =>
            owner.Down ? throw new DatabaseUnavailableException("The database server does not answer (test).") : inner.CreateDbContext();
    }
}
