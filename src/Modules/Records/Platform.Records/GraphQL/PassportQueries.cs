using MediatR;
using Platform.GraphQL.CodeFirst;
using Platform.Kernel.GraphQL;
using Platform.Records.Contracts;

namespace Platform.Records.GraphQL;

[QueryType]
internal sealed class PassportQueries
{
    [GraphQLDescription("What the patient's health passport includes (sections with their item counts, the documents) and where to download it as a printable page or a ZIP. Care staff, or the patient themself.")]
    public static Task<HealthPassportDto> HealthPassport(Guid patientId, IMediator mediator, CancellationToken cancellationToken) =>
        mediator.SendForGraphQLAsync(new DescribeHealthPassport(patientId), cancellationToken);
}
