namespace Verification.Classifier;

/// <summary>What a hidden neuron does on N(0, I_n) inputs.</summary>
public enum NeuronRole
{
    /// <summary>A sharp ReLU-like kink on one input (aligned, ||W|| large, kink inside the data).</summary>
    Axis,
    /// <summary>On for almost every input: swish(z) ~ z, a linear function of x.</summary>
    Linear,
    /// <summary>Anything else: curved, dense, or off.</summary>
    Smooth,
}
