namespace Loa.Web.Pages.Tasks;

/// <summary>What the shared task fields need from the create and edit pages.</summary>
public interface ITaskPage
{
    TaskForm Task { get; }

    TaskEditing Editing { get; }
}
