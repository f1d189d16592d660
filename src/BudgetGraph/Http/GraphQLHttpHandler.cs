using System.Net;
using BudgetGraph.GraphQL.Common.Errors;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Validation;

namespace BudgetGraph.Http;

/// <summary>
/// One GraphQL-over-HTTP request: negotiate the response type, read the request, execute it with the app's
/// configured executer (all execution options come from AddGraphQL), and choose the status code the spec asks for.
/// </summary>
internal static class GraphQLHttpHandler
{
    private static readonly IValidationRule[] _getRules = [QueryOnlyOverGetRule.Instance];

    public static async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        if (isGet && GraphiQLPage.IsWantedBy(request))
        {
            await GraphiQLPage.WriteAsync(context.Response, context.RequestAborted);
            return;
        }

        var serializer = context.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        var mediaType = ResponseMediaType.Negotiate(request);
        GraphQLRequest graphQLRequest;
        try
        {
            graphQLRequest = await GraphQLRequestReader.ReadAsync(request, serializer, context.RequestAborted);
        }
        catch (GraphQLRequestException ex)
        {
            await WriteAsync(context, serializer, mediaType, ex.ToResult(), ex.StatusCode);
            return;
        }

        var executer = context.RequestServices.GetRequiredService<IDocumentExecuter<ISchema>>();
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = graphQLRequest.Query,
            OperationName = graphQLRequest.OperationName,
            Variables = graphQLRequest.Variables,
            Extensions = graphQLRequest.Extensions,
            RequestServices = context.RequestServices,
            User = context.User,
            CancellationToken = context.RequestAborted,
            // Null keeps the defaults plus the rules AddGraphQL appends; GET adds the query-only rule to both lists
            // so a cached document is checked too.
            ValidationRules = isGet ? DocumentValidator.CoreRules.Concat(_getRules) : null,
            CachedDocumentValidationRules = isGet ? _getRules : null,
        });

        await WriteAsync(context, serializer, mediaType, result, StatusCodeFor(result, mediaType));
    }

    private static HttpStatusCode StatusCodeFor(ExecutionResult result, string mediaType)
    {
        if (result.Errors?.Any(e => e is QueryOnlyOverGetError) == true)
            return HttpStatusCode.MethodNotAllowed;

        // The database is down: say so at the HTTP level too, so clients and load balancers retry elsewhere or later.
        if (result.Errors?.Any(BudgetErrorInfoProvider.IsDatabaseUnavailable) == true)
            return HttpStatusCode.ServiceUnavailable;

        // application/json clients may not understand 4xx bodies, so the spec keeps them on 200; with
        // graphql-response+json a request error (nothing executed, so no data) is a 400.
        return mediaType == ResponseMediaType.GraphQLResponse && !result.Executed
            ? HttpStatusCode.BadRequest
            : HttpStatusCode.OK;
    }

    private static async Task WriteAsync(
        HttpContext context, IGraphQLTextSerializer serializer, string mediaType, ExecutionResult result, HttpStatusCode status)
    {
        var response = context.Response;
        response.StatusCode = (int)status;
        if (status == HttpStatusCode.MethodNotAllowed)
            response.Headers.Allow = HttpMethods.Post;
        response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(response.Body, result, context.RequestAborted);
    }
}
