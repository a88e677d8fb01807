from django import forms

from .models import Member, MeterReading


class MemberProfileForm(forms.ModelForm):
    class Meta:
        model = Member
        fields = "__all__"


class MeterReadingForm(forms.ModelForm):
    class Meta:
        model = MeterReading
        fields = ["kwh", "taken_on"]


class RentBandForm(forms.ModelForm):
    class Meta:
        model = Member
        fields = ["rent_band"]
