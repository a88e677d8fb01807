import torch
import transformers
from huggingface_hub import hf_hub_download
import tensorflow as tf
