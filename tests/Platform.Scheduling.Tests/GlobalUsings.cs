global using Microsoft.Extensions.DependencyInjection;
global using Platform.Patients.Tests.Infrastructure;
