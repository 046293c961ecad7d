using System.Linq.Expressions;

namespace Audit.Workflows.Common;

/// <summary>
/// A filter written once as an expression with arguments besides the row (a person's id, say; and the context when it
/// reads other tables), usable both in an ordinary query (<see cref="For{T, TArgument}"/>, or <see cref="Holds"/>
/// expanded) and inside a compiled query (<see cref="Holds"/>, expanded by <see cref="Expand{TDelegate}"/> before
/// EF Core sees it), so a hot query can be compiled once without a second copy of a rule that other queries share.
/// </summary>
public static class Filters
{
    /// <summary>The filter with its argument given, for an ordinary query (the argument becomes a SQL parameter).</summary>
    public static Expression<Func<T, bool>> For<T, TArgument>(this Expression<Func<T, TArgument, bool>> filter, TArgument argument)
    {
        var value = new Argument<TArgument>(argument);
        var body = new Replace(filter.Parameters[1], Expression.Property(Expression.Constant(value), nameof(Argument<TArgument>.Value))).Visit(filter.Body);
        return Expression.Lambda<Func<T, bool>>(body, filter.Parameters[0]);
    }

    /// <summary>Inside a query given to <see cref="Expand{TDelegate}"/>: the filter's body for this row and argument. Never called.</summary>
    public static bool Holds<T, TArgument>(this Expression<Func<T, TArgument, bool>> filter, T row, TArgument argument) =>
        throw NotExpanded();

    /// <summary>As <see cref="Holds{T, TArgument}"/>, for a filter that also reads other tables through the context.</summary>
    public static bool Holds<TContext, T, TArgument>(this Expression<Func<TContext, T, TArgument, bool>> filter, TContext context, T row, TArgument argument) =>
        throw NotExpanded();

    /// <summary>As <see cref="Holds{TContext, T, TArgument}"/>, with two arguments.</summary>
    public static bool Holds<TContext, T, TArgument1, TArgument2>(this Expression<Func<TContext, T, TArgument1, TArgument2, bool>> filter,
        TContext context, T row, TArgument1 argument1, TArgument2 argument2) =>
        throw NotExpanded();

    private static InvalidOperationException NotExpanded() =>
        new($"{nameof(Holds)} is expanded by {nameof(Filters)}.{nameof(Expand)} before the query runs.");

    /// <summary>The lambda's body with its parameters replaced by these expressions, in order: to build one query from parts.</summary>
    public static Expression Apply(this LambdaExpression lambda, params Expression[] arguments)
    {
        var body = lambda.Body;
        for (var i = 0; i < arguments.Length; i++)
        {
            body = new Replace(lambda.Parameters[i], arguments[i]).Visit(body);
        }

        return body;
    }

    /// <summary>The query with each <see cref="Holds"/> replaced by its filter's body, for <c>EF.CompileAsyncQuery</c>.</summary>
    public static Expression<TDelegate> Expand<TDelegate>(Expression<TDelegate> query) => (Expression<TDelegate>)new Expander().Visit(query);

    private sealed record Argument<TArgument>(TArgument Value);

    private sealed class Replace(ParameterExpression parameter, Expression with) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? with : node;
    }

    private sealed class Expander : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method.DeclaringType != typeof(Filters) || node.Method.Name != nameof(Holds))
            {
                return base.VisitMethodCall(node);
            }

            var filter = Evaluate(node.Arguments[0]);
            return Visit(filter.Apply([.. node.Arguments.Skip(1).Select(argument => Visit(argument))]));
        }

        // The filter is a static field (read directly: this runs for every ordinary query that uses one) or a captured
        // value (evaluated once, here).
        private static LambdaExpression Evaluate(Expression filter) => filter switch
        {
            MemberExpression { Expression: null, Member: System.Reflection.FieldInfo field } => (LambdaExpression)field.GetValue(null)!,
            ConstantExpression constant => (LambdaExpression)constant.Value!,
            _ => (LambdaExpression)Expression.Lambda<Func<object>>(Expression.Convert(filter, typeof(object))).Compile()(),
        };
    }
}
