using MediatR;

namespace Platform.Kernel.Messaging;

/// <summary>A request that changes state. It runs in one transaction with its module's outbox.</summary>
public interface ICommand<out TResponse> : IRequest<TResponse>;

/// <summary>A request that only reads. It never opens a write transaction.</summary>
public interface IQuery<out TResponse> : IRequest<TResponse>;
