namespace SonoranFiveM.Core.Records
{
    /// <summary>Somewhere records go (Sonoran, or a mirror): a sink on its own create and delete lanes.</summary>
    internal interface IRecordTarget
    {
        /// <summary>The sink name templates list (<c>sonoran</c>, <c>tines</c>, <c>quickblox</c>).</summary>
        string Name { get; }

        /// <summary>Its lanes, create first.</summary>
        IReadOnlyList<string> Lanes { get; }

        /// <summary>Queues the record's create; its delete at expiry is queued once the target accepts it.</summary>
        IDeliveryTicket Create(TemporaryRecord record);

        /// <summary>Queues a delete now, by the id the target gave the record.</summary>
        IDeliveryTicket Delete(string remoteId);

        /// <summary>What happens to a record created without an id (it cannot be deleted early), for the log.</summary>
        string WithoutId { get; }
    }
}
